# Stand-in for postgres:15: Debian's PostgreSQL 15 and an entrypoint that honours the official
# image's POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB on first start.
FROM gongkai-offline/bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-15 \
 && rm -rf /var/lib/apt/lists/*
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
EXPOSE 5432
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
CMD ["postgres"]

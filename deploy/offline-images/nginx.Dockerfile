# Stand-in for nginx:1.27: Debian's nginx (stock modules, as the official image) and its `nginx` user.
FROM gongkai-offline/bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --no-create-home --shell /usr/sbin/nologin nginx
CMD ["nginx", "-g", "daemon off;"]

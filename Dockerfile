# Gongkai production image: Next standalone server, plus Chromium and CJK fonts for server-made PDFs
# (the TrueType fonts are the PDF's: see missingFontPackages in scripts/lib/bootstrap.mjs).
# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run db:generate && NEXT_OUTPUT_STANDALONE=1 npm run build

# One-shot migrations (docker compose runs it before the app starts).
FROM build AS migrate
CMD ["npm", "run", "--silent", "db:migrate"]

FROM node:20-bookworm-slim AS runner
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-noto-cjk fonts-wqy-microhei fonts-arphic-uming ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHROMIUM_PATH=/usr/bin/chromium PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system gongkai && useradd --system --gid gongkai gongkai
COPY --from=build --chown=gongkai:gongkai /app/.next/standalone ./
COPY --from=build --chown=gongkai:gongkai /app/.next/static ./.next/static
COPY --from=build --chown=gongkai:gongkai /app/public ./public
# One Next worker per core (WEB_CONCURRENCY overrides). The page cache handler
# (lib/server/cache/page-cache-handler.mjs) is traced into the standalone output by next build.
COPY --from=build --chown=gongkai:gongkai /app/scripts/start-server.mjs ./start-server.mjs
COPY --from=build --chown=gongkai:gongkai /app/scripts/lib/node-flags.mjs ./lib/node-flags.mjs
RUN mkdir -p /app/.data/pdf-cache && chown gongkai:gongkai /app/.data/pdf-cache
USER gongkai
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
ENV NEXT_SERVER_SCRIPT=server.js
CMD ["node", "start-server.mjs"]

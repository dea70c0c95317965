#!/bin/sh
# Runs next to nginx (docker-compose `nginx` service): when the app drops /purge/request on
# publication, empty the proxy cache. The app cannot delete nginx's files itself (they belong to
# nginx's user and are 0600), so it only writes the request file into a shared volume.
set -eu
CACHE=/var/cache/nginx/gongkai
mkdir -p /purge "$CACHE"
chmod 1777 /purge
chown nginx "$CACHE"
while :; do
  if [ -e /purge/request ]; then
    rm -f /purge/request
    find "$CACHE" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
  fi
  sleep 1
done

# Stand-in for node:20-bookworm-slim: Debian bookworm (debootstrap) plus this host's Node.js and npm.
FROM gongkai-offline/bookworm
COPY node /usr/local/bin/node
# This host reaches the npm registry through a TLS-inspecting egress proxy: trust what the host trusts.
COPY host-ca-certificates.crt /usr/local/share/host-ca-certificates.crt
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/host-ca-certificates.crt
COPY npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
CMD ["node"]

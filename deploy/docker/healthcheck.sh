#!/usr/bin/env bash
# Health check of a platform instance: 0 when GET <path> (default /actuator/health/readiness) answers 200.
# The image has no curl; bash's /dev/tcp is enough for one plain HTTP request on the loopback interface.
# Usage: healthcheck [path] — port from SERVER_PORT (default 8080).
set -euo pipefail
path="${1:-/actuator/health/readiness}"
port="${SERVER_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status_line <&3
exec 3<&-
[[ "$status_line" == "HTTP/1.1 200"* ]]

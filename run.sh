#!/usr/bin/env bash
# Runs the whole pipeline on this machine: a real Kafka broker and a real PostgreSQL (dev-infra, from Maven
# artifacts, no Docker), then ingest-service (:8081), analysis-service (:8082) and query-service (:8083).
# Writes need an API key: the first start generates one into $NEWS_DATA_DIR/api-key and gives it to the services
# (NEWS_SECURITY_API_KEYS); `ingest` and `import` send it.
#
#   ./run.sh                 build if needed, start everything, ingest samples/, print where to look
#   ./run.sh stop            stop everything this script started (data stays in .data/)
#   ./run.sh status          what is running
#   ./run.sh ingest FILE...  post HTML (.html/.htm) or text files to the running ingest-service
#   ./run.sh import PATH...  backfill a directory (.html/.html.gz/.txt), a WARC/WARC.gz or a JSON Lines file,
#                            with a progress bar and a summary (news-import; --help for its options)
#
# Environment: NEWS_DATA_DIR (default .data), NEWS_KAFKA_PORT (9092; the controller uses the next port),
# NEWS_POSTGRES_PORT (5432), NEWS_INGEST_PORT (8081), NEWS_ANALYSIS_PORT (8082), NEWS_QUERY_PORT (8083),
# NEWS_INGEST_URL (http://localhost:$NEWS_INGEST_PORT), NEWS_API_KEY (default: the key in the data dir), JAVA_HOME,
# NEWS_JAVA_OPTS (the services' JVM options; default a heap per service and -XX:+UseParallelGC).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
DATA=${NEWS_DATA_DIR:-$ROOT/.data}
KAFKA_PORT=${NEWS_KAFKA_PORT:-9092}
POSTGRES_PORT=${NEWS_POSTGRES_PORT:-5432}
INGEST_PORT=${NEWS_INGEST_PORT:-8081}
ANALYSIS_PORT=${NEWS_ANALYSIS_PORT:-8082}
QUERY_PORT=${NEWS_QUERY_PORT:-8083}
INGEST_URL=${NEWS_INGEST_URL:-http://localhost:$INGEST_PORT}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
SERVICES=(ingest-service:$INGEST_PORT analysis-service:$ANALYSIS_PORT query-service:$QUERY_PORT)
KEY_FILE=$DATA/api-key

say() { printf '%s\n' "$*"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# The API key the services accept and ingest/import send: NEWS_API_KEY, else the one kept in the data dir,
# generated (256 random bits, hex) on first use and readable by this user only.
api_key() {
  if [[ -n ${NEWS_API_KEY:-} ]]; then
    printf '%s' "$NEWS_API_KEY"
    return
  fi
  if [[ ! -s $KEY_FILE ]]; then
    mkdir -p "$DATA"
    (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$KEY_FILE.$$" && mv "$KEY_FILE.$$" "$KEY_FILE")
  fi
  cat "$KEY_FILE"
}

running() { # name
  local pidfile="$DATA/pids/$1.pid"
  [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

needs_build() {
  local jar
  for jar in dev-infra/target/dev-infra-*.jar news-import/target/news-import.jar \
             ingest-service/target/quarkus-app/quarkus-run.jar \
             analysis-service/target/quarkus-app/quarkus-run.jar query-service/target/quarkus-app/quarkus-run.jar; do
    [[ -f $jar ]] || return 0
  done
  [[ -n $(find pom.xml ./*/pom.xml ./*/src -newer query-service/target/quarkus-app/quarkus-run.jar -type f \
      -print -quit 2>/dev/null) ]]
}

build() {
  if needs_build; then
    say "Building (./mvnw package, tests skipped; run ./mvnw verify for the tests)..."
    ./mvnw -q -B -DskipTests package || die "build failed"
  fi
}

wait_for() { # description seconds command...
  local what=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
  say "  $what is up"
}

start_infra() {
  if running dev-infra; then
    say "Kafka and PostgreSQL already running"
    return
  fi
  rm -f "$DATA/infra.env"
  say "Starting Kafka (localhost:$KAFKA_PORT) and PostgreSQL (localhost:$POSTGRES_PORT), data in $DATA ..."
  nohup "$JAVA" -Xmx256m -cp "$(ls dev-infra/target/dev-infra-*.jar):dev-infra/target/lib/*" \
    news.devinfra.DevInfraMain "$DATA" "$KAFKA_PORT" "$POSTGRES_PORT" >"$DATA/logs/dev-infra.log" 2>&1 &
  echo $! >"$DATA/pids/dev-infra.pid"
  local deadline=$((SECONDS + 180))
  until [[ -f $DATA/infra.env ]]; do
    running dev-infra || { tail -20 "$DATA/logs/dev-infra.log" >&2; die "dev-infra exited; see $DATA/logs/dev-infra.log"; }
    ((SECONDS < deadline)) || die "Kafka/PostgreSQL not ready after 180 s; see $DATA/logs/dev-infra.log"
    sleep 1
  done
  say "  Kafka and PostgreSQL are up"
}

# JVM options of a service: NEWS_JAVA_OPTS, else a heap for what it holds (ingest parses whole pages; analysis keeps
# its models and up to 20,000 recent articles for stories: 250 MB live with the stories full, which 384 MB could not
# hold while reading them back) and the parallel
# collector, which costs less CPU than G1 on a small machine.
java_opts() { # name
  if [[ -n ${NEWS_JAVA_OPTS:-} ]]; then
    printf '%s' "$NEWS_JAVA_OPTS"
  elif [[ $1 == ingest-service || $1 == analysis-service ]]; then
    printf '%s' "-Xmx768m -XX:+UseParallelGC"
  else
    printf '%s' "-Xmx384m -XX:+UseParallelGC"
  fi
}

start_service() { # name port key
  local name=$1 port=$2 key=$3
  if running "$name"; then
    say "$name already running"
    return
  fi
  say "Starting $name on :$port"
  # shellcheck disable=SC2046
  env $(grep -v '^#' "$DATA/infra.env" | xargs) QUARKUS_HTTP_PORT="$port" \
    NEWS_SECURITY_API_KEYS="$key" NEWS_INGEST_QUERY_BASE_URL="http://localhost:$QUERY_PORT" \
    nohup "$JAVA" $(java_opts "$name") -jar "$name/target/quarkus-app/quarkus-run.jar" >"$DATA/logs/$name.log" 2>&1 &
  echo $! >"$DATA/pids/$name.pid"
}

start() {
  command -v curl >/dev/null || die "curl is needed"
  mkdir -p "$DATA/logs" "$DATA/pids"
  build
  start_infra
  local svc key
  key=$(api_key) # once, before the services start side by side
  for svc in "${SERVICES[@]}"; do
    start_service "${svc%%:*}" "${svc##*:}" "$key"
  done
  for svc in "${SERVICES[@]}"; do
    wait_for "${svc%%:*}" 120 curl -fsS "http://localhost:${svc##*:}/q/health/ready" \
      || die "${svc%%:*} not healthy after 120 s; see $DATA/logs/${svc%%:*}.log"
  done
  say ""
  say "Ingesting samples/ ..."
  ingest samples/*.html samples/*.txt
  cat <<MSG

The pipeline is running.
  Articles:      curl 'http://localhost:$QUERY_PORT/api/v1/articles?limit=5'
  By theme:      curl 'http://localhost:$QUERY_PORT/api/v1/articles?theme=trade'
  By country:    curl 'http://localhost:$QUERY_PORT/api/v1/articles?country=JP'
  Theme counts:  curl http://localhost:$QUERY_PORT/api/v1/themes
  Dashboard:     http://localhost:$QUERY_PORT/
  Ingest files:  ./run.sh ingest ../shared/seeds/*.txt
  API key:       $(api_key)   (in $KEY_FILE; writes send it as -H "X-API-Key: \$(cat $KEY_FILE)")
  OpenAPI:       http://localhost:{$INGEST_PORT,$ANALYSIS_PORT,$QUERY_PORT}/q/openapi
  Health:        http://localhost:{$INGEST_PORT,$ANALYSIS_PORT,$QUERY_PORT}/q/health   Metrics: .../q/metrics
  Logs:          $DATA/logs/
  Stop:          ./run.sh stop
MSG
}

stop_process() { # name seconds
  local name=$1 seconds=$2 pidfile="$DATA/pids/$1.pid" pid
  [[ -f $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    say "Stopping $name"
    kill "$pid"
    local deadline=$((SECONDS + seconds))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$pidfile"
}

stop() {
  local svc
  for svc in "${SERVICES[@]}"; do stop_process "${svc%%:*}" 30; done
  stop_process dev-infra 90
  say "Stopped. Data is kept in $DATA"
}

status() {
  local name
  for name in dev-infra ingest-service analysis-service query-service; do
    if running "$name"; then say "$name: running (pid $(cat "$DATA/pids/$name.pid"))"; else say "$name: stopped"; fi
  done
}

ingest() {
  (($# > 0)) || die "usage: ./run.sh ingest FILE..."
  local file type answer key
  key=$(api_key)
  for file in "$@"; do
    [[ -f $file ]] || { say "$file: no such file"; continue; }
    case "${file,,}" in
      *.html|*.htm) type="text/html; charset=utf-8" ;;
      *) type="text/plain; charset=utf-8" ;;
    esac
    if answer=$(curl -sS -X POST -H "Content-Type: $type" -H "X-API-Key: $key" --data-binary "@$file" \
        -w '\n%{http_code}' "$INGEST_URL/api/v1/articles"); then
      say "$file: HTTP ${answer##*$'\n'} ${answer%$'\n'*}"
    else
      say "$file: ingest-service not reachable at $INGEST_URL (is ./run.sh running?)"
    fi
  done
}

import_files() {
  (($# > 0)) || die "usage: ./run.sh import PATH... (see ./run.sh import --help)"
  [[ -f news-import/target/news-import.jar ]] || build
  NEWS_API_KEY="$(api_key)" "$JAVA" -jar news-import/target/news-import.jar --ingest-url "$INGEST_URL" "$@"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  ingest) shift; ingest "$@" ;;
  import) shift; import_files "$@" ;;
  *) die "unknown command '$1'; use start, stop, status, ingest FILE... or import PATH..." ;;
esac

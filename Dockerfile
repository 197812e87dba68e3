# syntax=docker/dockerfile:1
# One image for every basewatch part; the command picks it:
#   docker run basewatch processor --bootstrap-servers kafka:9092
#   docker run basewatch sink --bootstrap-servers kafka:9092 --jdbc-url jdbc:postgresql://...
#   docker run -v "$PWD/samples:/samples:ro" basewatch ingest --bootstrap-servers kafka:9092 /samples/articles.jsonl

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds, so only changed dependencies are downloaded again.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -DskipTests install \
 && mvn -B -pl app dependency:copy-dependencies -DincludeScope=runtime -DexcludeClassifiers=tests -DoutputDirectory=/out/lib \
 && cp "$(ls app/target/app-*.jar | grep -v -e '-sources.jar$' -e '-tests.jar$')" /out/app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 basewatch \
 && useradd --system --uid 10001 --gid basewatch --home-dir /app --shell /usr/sbin/nologin basewatch \
 && mkdir -p /data \
 && chown basewatch:basewatch /data
WORKDIR /app
COPY --from=build /out/ /app/
USER basewatch
# Streams state and the SQLite default live under /data; mount a volume there to keep them.
ENV BASEWATCH_DATA_DIR=/data
# BASEWATCH_JAVA_OPTS reaches java as in the ./basewatch launcher (heap, JMX); exec keeps java as PID 1,
# so `docker stop` sends it SIGTERM and the shutdown hook closes the Streams apps cleanly.
ENTRYPOINT ["sh", "-c", "exec java $BASEWATCH_JAVA_OPTS -cp 'app.jar:lib/*' org.basewatch.app.Main \"$@\"", "basewatch"]
CMD ["--help"]

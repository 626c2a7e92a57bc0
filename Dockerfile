# Tandem for an external MariaDB (see docker-compose.yml). Build: docker build -t tandem .
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pexternal-db
COPY src/ src/
COPY frontend/ frontend/
RUN ./mvnw -B -q -Pexternal-db package -DskipTests && cp target/tandem-*.jar /tandem.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system tandem && useradd --system --gid tandem --home-dir /app --shell /usr/sbin/nologin tandem
WORKDIR /app
COPY --from=build /tandem.jar /app/tandem.jar
USER tandem
EXPOSE 8080 8081
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/tandem.jar"]

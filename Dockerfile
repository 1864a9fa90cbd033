# The app as a container image. Verified only where a Docker engine runs (not on the team's CI machines).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY graphql graphql
COPY cypher cypher
COPY datasets datasets
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/coalition-graph-*.jar /app/coalition-graph.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/coalition-graph.jar"]

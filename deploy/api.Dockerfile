# The API image: the Quarkus fast-jar that `./mvnw package` writes to api/target/quarkus-app/,
# on Red Hat's JDK 17 runtime image (run-java.sh sizes the heap from the container's memory limit).
# Build from the repository root:
#   ./mvnw -B package -DskipTests
#   docker build -f deploy/api.Dockerfile -t gep-monitor/api:1.0.0 .
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23

ENV LANGUAGE='en_US:en'

# Four layers, the libraries first: a new release usually changes only app/ and quarkus-run.jar.
# Owned by root, so user 185 that runs them cannot modify them.
COPY api/target/quarkus-app/lib/ /deployments/lib/
COPY api/target/quarkus-app/*.jar /deployments/
COPY api/target/quarkus-app/app/ /deployments/app/
COPY api/target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8080
USER 185
ENV JAVA_OPTS_APPEND="-Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]

package org.mscpathway.deploy.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * What the deployment files under {@code deploy/} say about the platform: the environment each platform container
 * gets, the images everything runs, and where health checks look. Read from docker-compose, the Kubernetes
 * manifests (base and overlays), the Dockerfile and the load balancer's configuration.
 */
final class DeploymentFiles {

    /** The image name (without registry and tag) of the platform in every file. */
    static final String PLATFORM_IMAGE = "msc-pathway";

    /** An environment variable a platform container gets, and where it is set. */
    record Variable(String name, String where) {
    }

    /** An image reference and where it is used. */
    record Image(String reference, String where) {
    }

    /** An HTTP health check of a platform container: what kind (liveness, readiness, ...) and its path. */
    record HealthCheck(String kind, String path, String where) {
    }

    private final Path deployDirectory;
    private final List<Variable> variables = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<HealthCheck> healthChecks = new ArrayList<>();

    private DeploymentFiles(Path deployDirectory) {
        this.deployDirectory = deployDirectory;
    }

    static DeploymentFiles read(Path deployDirectory) {
        DeploymentFiles files = new DeploymentFiles(deployDirectory);
        files.readCompose(deployDirectory.resolve("compose/docker-compose.yml"));
        files.readLoadBalancer(deployDirectory.resolve("compose/haproxy.cfg"));
        files.readDockerfile(deployDirectory.resolve("Dockerfile"));
        files.readKubernetes(deployDirectory.resolve("k8s"));
        return files;
    }

    List<Variable> variables() {
        return List.copyOf(variables);
    }

    List<Image> images() {
        return List.copyOf(images);
    }

    List<HealthCheck> healthChecks() {
        return List.copyOf(healthChecks);
    }

    private void readCompose(Path file) {
        Map<String, Object> compose = yamlDocuments(file).get(0);
        map(compose.get("services")).forEach((service, definition) -> {
            Map<String, Object> container = map(definition);
            String image = String.valueOf(container.get("image"));
            String where = where(file) + " service " + service;
            images.add(new Image(image, where));
            if (isPlatform(image)) {
                environmentNames(container.get("environment")).forEach(name -> variables.add(new Variable(name, where)));
                Object test = map(container.get("healthcheck")).get("test");
                healthChecks.add(new HealthCheck("container", pathIn(String.valueOf(test)), where));
            }
        });
    }

    private static List<String> environmentNames(Object environment) {
        if (environment instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        if (environment instanceof List<?> list) {
            return list.stream().map(entry -> String.valueOf(entry).split("=", 2)[0]).toList();
        }
        return List.of();
    }

    private void readLoadBalancer(Path file) {
        for (String line : lines(file)) {
            if (line.strip().startsWith("http-check send")) {
                healthChecks.add(new HealthCheck("load balancer", pathIn(line), where(file)));
            }
        }
    }

    private void readDockerfile(Path file) {
        for (String line : lines(file)) {
            String[] words = line.strip().split("\\s+");
            switch (words[0]) {
                case "FROM" -> images.add(new Image(words[1], where(file)));
                case "ENV" -> {
                    Matcher names = Pattern.compile("(?:^ENV|\\s)([A-Z_][A-Z0-9_]*)=").matcher(line);
                    while (names.find()) {
                        variables.add(new Variable(names.group(1), where(file)));
                    }
                }
                case "HEALTHCHECK" -> healthChecks.add(new HealthCheck("container", pathIn(line), where(file)));
                default -> {
                }
            }
        }
    }

    private void readKubernetes(Path directory) {
        Map<String, String> envFromOwners = new HashMap<>();
        List<Map<String, Object>> configMapsAndSecrets = new ArrayList<>();
        for (Path file : yamlFiles(directory)) {
            for (Map<String, Object> document : yamlDocuments(file)) {
                String kind = String.valueOf(document.get("kind"));
                String where = where(file) + " " + kind + " " + map(document.get("metadata")).get("name");
                switch (kind) {
                    case "Deployment" -> readPodTemplate(document, where, envFromOwners);
                    case "ConfigMap", "Secret" -> {
                        document.put("where", where);
                        configMapsAndSecrets.add(document);
                    }
                    case "Kustomization" -> list(document.get("images")).forEach(image -> {
                        Map<String, Object> entry = map(image);
                        Object name = entry.getOrDefault("newName", entry.get("name"));
                        images.add(new Image(name + ":" + entry.get("newTag"), where));
                    });
                    default -> {
                    }
                }
            }
        }
        for (Map<String, Object> document : configMapsAndSecrets) {
            String name = String.valueOf(map(document.get("metadata")).get("name"));
            if (envFromOwners.containsKey(name)) {
                Stream.of("data", "stringData").flatMap(section -> map(document.get(section)).keySet().stream())
                        .forEach(key -> variables.add(new Variable(key, String.valueOf(document.get("where")))));
            }
        }
    }

    private void readPodTemplate(Map<String, Object> deployment, String where, Map<String, String> envFromOwners) {
        Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
        for (Object item : list(pod.get("containers"))) {
            Map<String, Object> container = map(item);
            String image = String.valueOf(container.get("image"));
            images.add(new Image(image, where));
            if (!isPlatform(image)) {
                continue;
            }
            list(container.get("env")).forEach(env -> variables.add(new Variable(String.valueOf(map(env).get("name")), where)));
            for (Object source : list(container.get("envFrom"))) {
                map(source).values().forEach(reference -> envFromOwners.put(String.valueOf(map(reference).get("name")), where));
            }
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
                if (!httpGet.isEmpty()) {
                    healthChecks.add(new HealthCheck(probe, String.valueOf(httpGet.get("path")), where));
                }
            }
        }
    }

    private static boolean isPlatform(String image) {
        String name = image.replaceFirst("[:@].*$", "");
        return name.equals(PLATFORM_IMAGE) || name.endsWith("/" + PLATFORM_IMAGE);
    }

    /** The first absolute URL path in a line, e.g. from a curl command or an HAProxy check. */
    private static String pathIn(String text) {
        Matcher path = Pattern.compile("(/actuator[^\\s\"',\\]]*|/[a-z][^\\s\"',\\]]*)").matcher(text);
        return path.find() ? path.group(1) : "(no path in: " + text + ")";
    }

    private String where(Path file) {
        return deployDirectory.relativize(file).toString();
    }

    private static List<Path> yamlFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of a YAML file that are mappings; a kustomization without a kind is named Kustomization. */
    static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (var reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document instanceof Map<?, ?>) {
                    Map<String, Object> mapping = map(document);
                    if (file.getFileName().toString().equals("kustomization.yaml")) {
                        mapping.putIfAbsent("kind", "Kustomization");
                    }
                    documents.add(mapping);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return documents;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : new HashMap<>();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}

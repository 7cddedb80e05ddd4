package news.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Validates deploy/kubernetes offline: every document parses into the Kubernetes API model (fabric8's classes,
 * generated from the Kubernetes OpenAPI schemas) with no field the schema does not know, the Deployments have
 * probes and resources, and every setting docker-compose.yml gives a service is given to it on Kubernetes too.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<?>> KINDS = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "v1/Service", Service.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Namespace", Namespace.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    private static final List<Object> resources = new ArrayList<>();

    @BeforeAll
    static void readManifests() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MANIFESTS)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty(), "manifests in " + MANIFESTS);
        for (Path file : files) {
            for (JsonNode doc : YAML.readValues(YAML.getFactory().createParser(file.toFile()), JsonNode.class)
                    .readAll()) {
                String kind = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                Class<?> type = KINDS.get(kind);
                assertNotNull(type, file + ": unexpected kind " + kind);
                Object resource = YAML.treeToValue(doc, type);
                List<String> unknown = new ArrayList<>();
                collectUnknownFields(resource, kind, unknown, new IdentityHashMap<>());
                assertEquals(List.of(), unknown, file + ": fields the Kubernetes schema does not have");
                resources.add(resource);
            }
        }
    }

    @Test
    void everyServiceHasProbesResourcesAServiceAndADisruptionBudget() {
        List<Deployment> deployments = of(Deployment.class);
        assertEquals(Set.of("ingest-service", "analysis-service", "query-service"),
                names(deployments.stream().map(d -> d.getMetadata().getName())));
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertProbe(container.getStartupProbe(), "/q/health/started", name);
            assertProbe(container.getLivenessProbe(), "/q/health/live", name);
            assertProbe(container.getReadinessProbe(), "/q/health/ready", name);
            assertNotNull(container.getResources().getRequests().get("cpu"), name + " requests cpu");
            assertNotNull(container.getResources().getRequests().get("memory"), name + " requests memory");
            assertNotNull(container.getResources().getLimits().get("memory"), name + " limits memory");
            assertTrue(of(Service.class).stream().anyMatch(s -> s.getMetadata().getName().equals(name)), name);
            assertTrue(of(PodDisruptionBudget.class).stream().anyMatch(p -> p.getMetadata().getName().equals(name)),
                    name + " has a PodDisruptionBudget");
        }
        assertEquals(Set.of("analysis-service", "query-service"),
                names(of(HorizontalPodAutoscaler.class).stream().map(h -> h.getSpec().getScaleTargetRef().getName())));
    }

    @Test
    void everySettingOfDockerComposeIsGivenOnKubernetes() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Map<String, Set<String>> configKeys = new HashMap<>();
        of(ConfigMap.class).forEach(c -> configKeys.put("configmap/" + c.getMetadata().getName(), c.getData().keySet()));
        of(Secret.class).forEach(s -> configKeys.put("secret/" + s.getMetadata().getName(), s.getStringData().keySet()));
        for (Deployment deployment : of(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            @SuppressWarnings("unchecked")
            Map<String, Object> env = (Map<String, Object>) services.get(name).get("environment");
            assertNotNull(env, "docker-compose.yml gives " + name + " its environment");
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> given = new HashSet<>();
            container.getEnv().forEach(e -> given.add(e.getName()));
            for (EnvFromSource source : container.getEnvFrom()) {
                String ref = source.getConfigMapRef() != null ? "configmap/" + source.getConfigMapRef().getName()
                        : "secret/" + source.getSecretRef().getName();
                assertTrue(configKeys.containsKey(ref), name + " refers to " + ref + ", which exists");
                given.addAll(configKeys.get(ref));
            }
            for (String key : env.keySet()) {
                assertTrue(given.contains(key), name + " gets " + key + " on Kubernetes as in docker-compose.yml");
            }
        }
    }

    private static void assertProbe(Probe probe, String path, String name) {
        assertNotNull(probe, name + " has a probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath(), name);
    }

    private static Set<String> names(Stream<String> names) {
        return new HashSet<>(names.toList());
    }

    private static <T> List<T> of(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** fabric8 keeps fields its schema lacks in additionalProperties; any found there is a typo or a wrong level. */
    private static void collectUnknownFields(Object node, String path, List<String> unknown,
            IdentityHashMap<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(item -> collectUnknownFields(item, path + "[]", unknown, seen));
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectUnknownFields(value, path + ".*", unknown, seen));
            return;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method method : node.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || !method.getName().startsWith("get")
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = method.invoke(node);
                if (method.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        unknown.add(path + ": " + extra.keySet());
                    }
                } else {
                    collectUnknownFields(value, path + "." + method.getName().substring(3), unknown, seen);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

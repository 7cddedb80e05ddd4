package news.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;

/**
 * The accepted API keys, compared in constant time: the presented key and every accepted key are hashed to the
 * same length and all of them are compared, so neither the timing nor the length of an answer tells anything
 * about a key.
 */
public final class ApiKeys {

    private final List<byte[]> digests;

    public ApiKeys(Collection<String> keys) {
        this.digests = keys.stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(ApiKeys::digest)
                .toList();
    }

    /** True when no key is configured: nothing that needs a key can be called. */
    public boolean none() {
        return digests.isEmpty();
    }

    public int count() {
        return digests.size();
    }

    /** Whether {@code presented} is one of the accepted keys; null and blank never are. */
    public boolean accepts(String presented) {
        if (presented == null || presented.isBlank() || digests.isEmpty()) {
            return false;
        }
        byte[] candidate = digest(presented.strip());
        boolean match = false;
        for (byte[] accepted : digests) {
            match |= MessageDigest.isEqual(accepted, candidate);
        }
        return match;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

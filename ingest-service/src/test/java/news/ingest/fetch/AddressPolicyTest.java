package news.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private final AddressPolicy strict = new AddressPolicy(List.of());

    @Test
    void refusesLoopbackPrivateLinkLocalAndMetadataAddresses() {
        for (String host : List.of("127.0.0.1", "localhost", "10.0.0.8", "172.16.3.4", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "[::1]", "fd00::1", "::ffff:127.0.0.1", "224.0.0.1")) {
            assertThrows(FetchException.class, () -> strict.check(host), host);
        }
    }

    @Test
    void allowsPublicAddressesAndWhatTheAllowListOpens() {
        assertDoesNotThrow(() -> strict.check("93.184.215.14"));
        assertDoesNotThrow(() -> strict.check("2606:4700:4700::1111"));
        AddressPolicy local = new AddressPolicy(List.of("127.0.0.1", "localhost"));
        assertDoesNotThrow(() -> local.check("127.0.0.1"));
        assertDoesNotThrow(() -> local.check("localhost"));
        assertThrows(FetchException.class, () -> local.check("169.254.169.254"));
    }
}

package news.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void anErrorOfTheJvmIsAProblemToo() {
        // a StackOverflowError was not a RuntimeException: the client got the server's own text page
        Response response = new ProblemMappers().unexpected(new StackOverflowError());
        assertEquals(500, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals("internal error; see the service log", problem.detail());
    }
}

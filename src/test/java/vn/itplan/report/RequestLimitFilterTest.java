package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.unit.DataSize;

/** Oversized evidence uploads are answered before anything reads them; a stranger gets no session for it. */
class RequestLimitFilterTest {

    final RequestLimitFilter filter = new RequestLimitFilter(DataSize.ofMegabytes(31));

    static MockHttpServletRequest upload(long length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/reports/42/attachments") {
            @Override
            public long getContentLengthLong() {
                return length;
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        return request;
    }

    @Test
    void anOversizedUploadWithoutASessionIsA413AndCreatesNoSession() throws Exception {
        MockHttpServletRequest request = upload(40L * 1024 * 1024);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(request.getSession(false)).isNull();
        assertThat(chain.getRequest()).as("nothing behind the filter runs").isNull();
    }

    @Test
    void anOversizedUploadInASessionGoesBackToItsReport() throws Exception {
        MockHttpServletRequest request = upload(40L * 1024 * 1024);
        request.setSession(new MockHttpSession());
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getRedirectedUrl()).isEqualTo("/reports/42/edit#evidence");
    }

    @Test
    void anUploadWithinTheLimitGoesOn() throws Exception {
        MockHttpServletRequest request = upload(1024);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }
}

package dev.packyard.server.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.testing.RunningServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.codeartifact.model.CodeartifactRequest;
import software.amazon.awssdk.services.codeartifact.model.PublishPackageVersionRequest;
import software.amazon.awssdk.services.codeartifact.model.ValidationException;
import software.amazon.awssdk.services.codeartifact.model.ValidationExceptionReason;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Every operation the AWS SDK for Java knows reaches a Packyard operation: sent with no parameters, each one either
 * succeeds or is refused for its missing parameters; none is reported as unknown and none fails with a 5xx.
 */
class ControlPlaneRoutingTest {
    @TempDir
    Path dir;

    @Test
    void everySdkOperationIsRouted() throws Exception {
        List<String> tried = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (RunningServer server = RunningServer.start(dir)) {
            CodeartifactClient ca = server.client();
            for (Method method : CodeartifactClient.class.getMethods()) {
                if (method.getParameterCount() != 1 || method.getName().endsWith("Paginator")
                        || !CodeartifactRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
                    continue;
                }
                Object builder = method.getParameterTypes()[0].getMethod("builder").invoke(null);
                Object request = ((SdkBuilder<?, ?>) builder).build();
                tried.add(method.getName());
                check(method.getName(), () -> method.invoke(ca, request), wrong);
            }
            tried.add("publishPackageVersion");
            check("publishPackageVersion", () -> ca.publishPackageVersion(PublishPackageVersionRequest.builder().build(),
                    RequestBody.fromBytes(new byte[0])), wrong);
        }
        assertThat(tried).hasSizeGreaterThanOrEqualTo(48);
        assertThat(wrong).isEmpty();
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static void check(String operation, Call call, List<String> wrong) {
        try {
            call.run();
        } catch (InvocationTargetException e) {
            judge(operation, e.getCause(), wrong);
        } catch (Exception e) {
            judge(operation, e, wrong);
        }
    }

    private static void judge(String operation, Throwable error, List<String> wrong) {
        boolean unknown = error instanceof ValidationException v && v.reason() == ValidationExceptionReason.UNKNOWN_OPERATION;
        boolean serverFault = error instanceof software.amazon.awssdk.awscore.exception.AwsServiceException s
                && s.statusCode() >= 500;
        if (unknown || serverFault) {
            wrong.add(operation + ": " + error);
        }
    }
}

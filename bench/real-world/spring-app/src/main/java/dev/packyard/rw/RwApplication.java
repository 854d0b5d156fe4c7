package dev.packyard.rw;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class RwApplication {
    /** Changed between the two SNAPSHOT deploys, so the consumer can tell which build it resolved. */
    public static final String BUILD = "@BUILD@";

    public static void main(String[] args) {
        SpringApplication.run(RwApplication.class, args);
    }

    @GetMapping("/build")
    String build() {
        return BUILD;
    }
}

package vn.itplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ItPlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(ItPlanApplication.class, args);
    }
}

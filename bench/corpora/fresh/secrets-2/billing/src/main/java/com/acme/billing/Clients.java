package com.acme.billing;

import com.amazonaws.auth.BasicAWSCredentials;
import java.sql.Connection;
import java.sql.DriverManager;

public final class Clients {
    // expect: secret
    private static final String DATADOG_API_KEY = "207d75579f0fdbf58b3e810b84b30616";
    private static final String DATADOG_SITE = "datadoghq.com";
    // expect: secret
    private static final String TWILIO_API_SECRET = "tPgWBqshBjtpDQ4anPBVwpdarTUp02Is";
    private static final String PASSWORD_PROPERTY = "billing.db.password";

    static BasicAWSCredentials aws() {
        // expect: secret
        return new BasicAWSCredentials("AKIAZQWBAGV4V6D3OJCB", "oPdlN7aBbgr9K+l3+D56sUrLJqhl7whbrwSt/EBo");
    }

    static Connection db() throws Exception {
        // expect: secret
        return DriverManager.getConnection("jdbc:mysql://legacy-db:3306/billing", "billing", "ui1Nq#ouJpkK1?");
    }

    static Connection fromEnv() throws Exception {
        return DriverManager.getConnection(System.getenv("JDBC_URL"), System.getenv("JDBC_USER"), System.getenv("JDBC_PASSWORD"));
    }
}

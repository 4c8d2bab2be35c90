package org.welcomedesk.testsupport;

import jakarta.transaction.UserTransaction;

import java.util.concurrent.Callable;

/** Runs test code that reads entities inside one transaction of the test server. */
public final class Transactions {

    private Transactions() {}

    public static <T> T inTransaction(UserTransaction transaction, Callable<T> work) throws Exception {
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.commit();
        }
    }
}

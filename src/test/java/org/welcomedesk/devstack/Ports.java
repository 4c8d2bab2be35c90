package org.welcomedesk.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/** Checks that the ports a server needs are free, with a message a person can act on. */
public final class Ports {

    private Ports() {}

    /** Throws {@link PortInUse} naming the first port something already listens on. */
    public static void requireFree(List<Integer> ports) {
        for (int port : ports) {
            if (!isFree(port)) {
                throw new PortInUse(port);
            }
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port is taken: by an earlier run of Welcome Desk, or by another program. */
    public static class PortInUse extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortInUse(int port) {
            super("Port " + port + " is already in use. If Welcome Desk is already running, stop it with"
                    + " `mvn -Pstop`; otherwise stop the program listening on " + port
                    + " (`ss -ltnp 'sport = :" + port + "'` shows which).");
        }
    }
}

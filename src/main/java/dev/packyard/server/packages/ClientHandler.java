package dev.packyard.server.packages;

/** Handles one request of a format's endpoint. */
@FunctionalInterface
public interface ClientHandler {
    void handle(ClientRequest request) throws Exception;
}

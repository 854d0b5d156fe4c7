package dev.packyard.server;

import dev.packyard.service.throttling.RequestRateLimiter;
import dev.packyard.service.tokens.TokenService;

/** Who may call the server, and how often. */
public record AccessControl(TokenService tokens, RequestRateLimiter rateLimiter) {
}

package vn.cantho.gep.common.security;

/**
 * Who made a change: {@code id}, the token's subject, identifies the person; {@code name} is shown.
 */
public record Actor(String id, String name) {}

package vn.cantho.gep.common.security;

/**
 * Who made a change, as the audit log records it.
 *
 * @param id the stable identity: the token's subject
 * @param name the name shown: the token's preferred username
 */
public record Actor(String id, String name) {}

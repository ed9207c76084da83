package org.fingertip.db.user;

/** One user_account row, without its roles. */
record UserRow(String username, String passwordHash, String displayName, String unitCode, String jurisdictionCode,
               boolean enabled, String email, boolean mustChangePassword) {
}

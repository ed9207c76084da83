/** Who acts: roles, the acting user with its unit and jurisdiction, and the rules of who may see and do what. */
package org.fingertip.registry.access;

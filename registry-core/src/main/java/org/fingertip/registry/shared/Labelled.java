package org.fingertip.registry.shared;

/** A value with a Chinese label for people (statuses, kinds, categories…); pages fall back to it. */
public interface Labelled {

    String label();
}

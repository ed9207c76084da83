package org.fingertip.db.app;

import org.fingertip.registry.form.FunctionCategory;

/** One function of an app's form as written to app_function. */
record FunctionColumns(int position, String name, String normalisedName, FunctionCategory category) {
}

// The launcher entries behind the disguises: one activity-alias per
// disguise id (`DisguiseChoice.id`), exactly one enabled at a time.
package org.haven.app.pure

object Launcher {
    /** Alias class names, as declared in AndroidManifest.xml, by disguise id. */
    val ALIASES: Map<String, String> = linkedMapOf(
        "haven" to "org.haven.app.launcher.Haven",
        "calculator" to "org.haven.app.launcher.Calculator",
        "notes" to "org.haven.app.launcher.Notes",
        "weather" to "org.haven.app.launcher.Weather",
    )
    const val DEFAULT_ID = "haven"

    /**
     * Each alias and whether it should be enabled for `selectedId`. An id
     * this shell does not know enables Haven's own entry: a phone with no
     * launcher entry could never open Haven again.
     */
    fun states(selectedId: String): List<Pair<String, Boolean>> {
        val chosen = if (selectedId in ALIASES) selectedId else DEFAULT_ID
        return ALIASES.map { (id, alias) -> alias to (id == chosen) }
    }
}

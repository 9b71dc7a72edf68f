// The Kotlin journeys through the generated bindings, on a plain JVM.
// Each area adds a `fooJourneys(runner)` file and one line here.
// `androidShellJourneys` checks the Android shell's plain-JVM files
// (android/app/.../pure).
package org.haven.journeys

import kotlin.system.exitProcess

fun main() {
    val runner = Runner()
    storeJourneys(runner)
    contentJourneys(runner)
    safetyJourneys(runner)
    backgroundNetworkJourneys(runner)
    syncJourneys(runner)
    reportJourneys(runner)
    androidShellJourneys(runner)
    androidBackgroundJourneys(runner)
    exitProcess(runner.finish())
}

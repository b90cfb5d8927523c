// ThreadSanitizer's suppressions, compiled into every binary of a TSan build (agendad and the test
// programs alike), so that they hold however a binary is started: systemd-socket-activate, which a
// test starts agendad under, passes on no environment, so TSAN_OPTIONS cannot carry them.
//
// Only libraries not built with TSan are named, whose own synchronisation it cannot see; nothing of
// agendad's is suppressed. pango 1.50 initialises fontconfig on a thread of its own ("[pango]
// FcInit") the first time a font map is made, as the agenda pack's typesetting does; fontconfig
// guards its configuration with atomics TSan does not see, so every read of it on our thread, by
// fontconfig, pango's fontconfig backend or glib's string helpers, is reported as a race.
extern "C" const char* __tsan_default_suppressions();  // NOLINT(bugprone-reserved-identifier)

extern "C" const char* __tsan_default_suppressions() {  // NOLINT(bugprone-reserved-identifier)
  return "race:libfontconfig.so\n"
         "race:libpangoft2-1.0.so\n"
         "race:libglib-2.0.so\n";
}

// ThreadSanitizer's suppressions, compiled into every binary of a TSan build (agendad and the test
// programs alike), so that they hold however a binary is started: systemd-socket-activate, which a
// test starts agendad under, passes on no environment, so TSAN_OPTIONS cannot carry them.
//
// Only libraries not built with TSan are named, whose own synchronisation it cannot see; nothing of
// agendad's is suppressed. pango 1.50 initialises fontconfig on a thread of its own ("[pango]
// FcInit") the first time a font map is made, as the agenda pack's typesetting does; fontconfig
// guards its configuration with atomics TSan does not see, so every read of it on our thread, by
// fontconfig, pango's fontconfig backend or glib's string helpers, is reported as a race. The C
// library's tzset_internal, which cairo's mktime for a PDF's creation date calls on each thread
// that typesets a pack, replaces its copy of TZ under glibc's own lock, which TSan does not see.
// harfbuzz, which pango shapes text with, makes its tables on first use on any thread, published
// with atomics TSan does not see either. qpdf makes its default logger on first use, a static
// every QPDF object then shares: when the first two packs are assembled at once (a test whose
// first packs are made on two threads), the logger's making on one thread and its reference
// count on the other are reported, the static's guard inside qpdf unseen.
extern "C" const char* __tsan_default_suppressions();  // NOLINT(bugprone-reserved-identifier)

extern "C" const char* __tsan_default_suppressions() {  // NOLINT(bugprone-reserved-identifier)
  return "race:libfontconfig.so\n"
         "race:libpangoft2-1.0.so\n"
         "race:libglib-2.0.so\n"
         "race:tzset_internal\n"
         "race:libharfbuzz.so\n"
         "race:libqpdf.so\n";
}

"""LibreOffice's own LanguageTool remote checker, pointed at a Copydesk server, finds a dropped verb.

Run by libreoffice-check.sh beside this file (which starts the server and stops everything after):

    python3 libreoffice_check.py SERVER_URL

Starts a headless LibreOffice (Debian's libreoffice-writer-nogui and python3-uno) with a throw-away
profile, sets Tools > Options > Language Settings > LanguageTool Server (enabled, base URL
SERVER_URL/v2) through LibreOffice's configuration API, and asks its LanguageTool grammar checker
(org.openoffice.lingu.LanguageToolGrammarChecker, the component Writer's automatic grammar checking
calls for each paragraph) to proofread a sentence of our own. Passes when the checker underlines
"could reluctant" with "could be reluctant" as its first suggestion. Prints what it found.

LibreOffice gives up on an answer after 10 seconds, so the sentence is checked in the variant the
server warmed up at start (its --lang, en-US here); a first request in another variant makes a
worker load LanguageTool for it, which on a busy machine can take longer than that.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale

SENTENCE = "The ferry company could reluctant to publish the new timetable before Easter."
WANTED = ("could reluctant", "could be reluctant")


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if time.time() > deadline or office.poll() is not None:
                raise
            time.sleep(0.5)


def configure(ctx, base_url):
    provider = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", ctx)
    node = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool"),))
    node.setPropertyValue("BaseURL", base_url)
    node.setPropertyValue("IsEnabled", True)
    node.commitChanges()


def main():
    server = sys.argv[1].rstrip("/")
    profile = tempfile.mkdtemp(prefix="copydesk-lo-")
    pipe = "copydesk_lo_%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         "-env:UserInstallation=file://" + profile, "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(pipe, office)
        configure(ctx, server + "/v2")
        checker = ctx.ServiceManager.createInstanceWithContext(
            "org.openoffice.lingu.LanguageToolGrammarChecker", ctx)
        locale = Locale("en", "US", "")  # the variant the server warmed up (its --lang)
        result = checker.doProofreading("copydesk-check", SENTENCE, locale, 0, len(SENTENCE), ())
        found = []
        for e in result.aErrors:
            covered = SENTENCE[e.nErrorStart:e.nErrorStart + e.nErrorLength]
            first = e.aSuggestions[0] if len(e.aSuggestions) else ""
            found.append((covered, first))
            print("LibreOffice underlines %r -> %r (%s)" % (covered, first, e.aShortComment))
        ok = WANTED in found
        print("ok: LibreOffice's LanguageTool checker, pointed at %s, suggests %r for %r"
              % (server, WANTED[1], WANTED[0]) if ok else "FAILED: no %r -> %r in %r" % (WANTED + (found,)))
        try:
            ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx).terminate()
        except Exception:
            pass  # the bridge goes down with the office
        return 0 if ok else 1
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

"""Converts one DOCX to PDF repeatedly in a LibreOffice that is already running (warm), printing each time in ms.

usage: /usr/bin/python3 lo-convert.py PIPE_NAME DOCX PDF COUNT   (needs python3-uno)
"""
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(150):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # LibreOffice is still starting
            time.sleep(0.2)
    raise SystemExit("LibreOffice did not answer on pipe " + pipe)


pipe, docx, pdf, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
context = connect(pipe)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
for _ in range(count):
    start = time.perf_counter()
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(docx), "_blank", 0, (prop("Hidden", True),))
    document.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
    document.close(True)
    print(f"{(time.perf_counter() - start) * 1000:.1f}", flush=True)

# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x03\x15\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 256 256\x22 wid\
th=\x22256\x22 height=\
\x22256\x22>\x0a  <!-- Wa\
lls: a soft low \
wall of stones w\
ith an opening, \
and a warm light\
 coming through \
it. -->\x0a  <rect \
x=\x228\x22 y=\x228\x22 widt\
h=\x22240\x22 height=\x22\
240\x22 rx=\x2256\x22 fil\
l=\x22#E9E4DA\x22/>\x0a  \
<circle cx=\x22128\x22\
 cy=\x22118\x22 r=\x2246\x22\
 fill=\x22#F2C48D\x22/\
>\x0a  <g fill=\x22#4C\
7A74\x22>\x0a    <rect\
 x=\x2236\x22 y=\x22150\x22 \
width=\x2262\x22 heigh\
t=\x2228\x22 rx=\x229\x22/>\x0a\
    <rect x=\x22158\
\x22 y=\x22150\x22 width=\
\x2262\x22 height=\x2228\x22\
 rx=\x229\x22/>\x0a    <r\
ect x=\x2236\x22 y=\x2218\
4\x22 width=\x2240\x22 he\
ight=\x2228\x22 rx=\x229\x22\
/>\x0a    <rect x=\x22\
82\x22 y=\x22184\x22 widt\
h=\x2230\x22 height=\x222\
8\x22 rx=\x229\x22 opacit\
y=\x220.75\x22/>\x0a    <\
rect x=\x22144\x22 y=\x22\
184\x22 width=\x2230\x22 \
height=\x2228\x22 rx=\x22\
9\x22 opacity=\x220.75\
\x22/>\x0a    <rect x=\
\x22180\x22 y=\x22184\x22 wi\
dth=\x2240\x22 height=\
\x2228\x22 rx=\x229\x22/>\x0a  \
</g>\x0a  <rect x=\x22\
104\x22 y=\x22150\x22 wid\
th=\x2248\x22 height=\x22\
62\x22 rx=\x2210\x22 fill\
=\x22#F7E3C4\x22/>\x0a</s\
vg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00}\x833\
\x00w\
\x00a\x00l\x00l\x00s\
\x00\x09\
\x036\xa1\xc7\
\x00w\
\x00a\x00l\x00l\x00s\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()

"""Mail connections for sending issues, and the hand-over point that makes sending exactly once.

An SMTP server takes responsibility for a message when it reads the line holding a single dot
at the end of DATA; a connection dropped before that line discards the message (RFC 5321,
section 4.1.1.4). So the sender records "handed over" just before writing that line:

- killed before the record: the row is still claimed, the server got no dot, nothing arrived,
  and the message is sent again later;
- killed after it: the row says handed over and is never sent again; the line was either
  written (and arrives) or the process died in the few instructions between the database's
  commit and the write (the only window left, microseconds wide).

Providers' HTTP APIs (through django-anymail) have no such line: the record is made just before
the request, so a worker killed during the request never sends twice, but a message whose
request never completed is not resent.
"""

import smtplib
import socket
from collections.abc import Callable

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.utils.module_loading import import_string

HandOver = Callable[[], bool]


class Refused(Exception):
    """The hand-over record could not be made (another sender took the row): nothing was sent."""


class _HandOverSMTP(smtplib.SMTP):
    hand_over: HandOver | None = None

    def _get_socket(self, host, port, timeout):
        sock = super()._get_socket(host, port, timeout)
        # The body and the final dot are two writes: without this, the dot waits for the
        # server's delayed acknowledgement of the body (Nagle's algorithm), about 40 ms a message.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    def data(self, msg):  # Same as smtplib's, with the hand-over between the body and the dot.
        self.putcmd("data")
        code, reply = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        if isinstance(msg, str):
            msg = smtplib._fix_eols(msg).encode("ascii")
        body = smtplib._quote_periods(msg)
        if body[-2:] != smtplib.bCRLF:
            body += smtplib.bCRLF
        self.send(body)
        if self.hand_over is not None and not self.hand_over():
            # The server is waiting for the dot: dropping the connection discards the message.
            self.close()
            raise Refused
        self.send(b"." + smtplib.bCRLF)
        return self.getreply()


class _HandOverSMTPSSL(_HandOverSMTP, smtplib.SMTP_SSL):
    pass


class HandOverSMTPBackend(SMTPBackend):
    """Django's SMTP backend whose connection can call a hand-over function before the final dot."""

    @property
    def connection_class(self):
        return _HandOverSMTPSSL if self.use_ssl else _HandOverSMTP


def newsletter_connection() -> BaseEmailBackend:
    """The configured mail backend for issues: SMTP gains the hand-over point, others are used as is."""
    path = settings.NEWSLETTER_EMAIL_BACKEND or settings.EMAIL_BACKEND
    if issubclass(import_string(path), SMTPBackend) and not issubclass(
        import_string(path), HandOverSMTPBackend
    ):
        path = f"{__name__}.HandOverSMTPBackend"
    return get_connection(path, fail_silently=False)


def send_handing_over(connection: BaseEmailBackend, message, hand_over: HandOver) -> None:
    """Send one message, calling `hand_over` (which records it) at its point of no return.

    Raises Refused if `hand_over` says no; mail errors propagate.
    """
    if isinstance(connection, HandOverSMTPBackend):
        # Opened here, so that send_messages() keeps the connection for the next message.
        connection.open()
        connection.connection.hand_over = hand_over
        try:
            connection.send_messages([message])
        except Refused:
            connection.close()  # the server still waits for a dot: start afresh
            raise
        finally:
            if connection.connection is not None:
                connection.connection.hand_over = None
        return
    if not hand_over():
        raise Refused
    connection.send_messages([message])


def send_raw_handing_over(
    connection: HandOverSMTPBackend, sender: str, to: str, data: bytes, hand_over: HandOver
) -> None:
    """Send a message already serialised to SMTP bytes, with the same hand-over point."""
    connection.open()  # kept open between messages
    smtp = connection.connection
    smtp.hand_over = hand_over
    try:
        smtp.sendmail(sender, [to], data)
    except Refused:
        connection.close()
        raise
    finally:
        smtp.hand_over = None

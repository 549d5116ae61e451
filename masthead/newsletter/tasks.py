"""Background work for the newsletter: notices to one reader, and issues to many."""

from django_tasks import task

from masthead.newsletter import notices, sending


@task()
def send_notice_task(subscriber_id: int, notice: str) -> bool:
    """Mail a confirmation link, a welcome, or a link to one's choices."""
    return notices.send_notice(subscriber_id=subscriber_id, notice=notice)


@task()
def send_issue_task(issue_id: int) -> int:
    """Send what is left of an issue (safe to run again, and in several workers at once)."""
    return sending.send_issue(issue_id=issue_id)

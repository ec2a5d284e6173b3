def archive_bookmark(bookmark):
    bookmark.is_archived = True
    bookmark.save()

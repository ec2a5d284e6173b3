"""Posts and comments in MongoDB."""
import datetime
import re

import pymongo

_PERMALINK_RE = re.compile(r"[^\w]+")


class PostDAO:
    def __init__(self, database):
        self.db = database
        self.posts = database.posts
        self.clicks = database.clicks

    def insert_entry(self, title, post, tags_array, author):
        permalink = _PERMALINK_RE.sub("_", title).lower()[:80]
        self.posts.insert_one(
            {
                "title": title,
                "author": author,
                "body": post,
                "permalink": permalink,
                "tags": tags_array,
                "comments": [],
                "date": datetime.datetime.utcnow(),
            }
        )
        return permalink

    def get_posts(self, num_posts):
        cursor = self.posts.find().sort("date", pymongo.DESCENDING).limit(int(num_posts))
        return [self._shape(p) for p in cursor]

    def get_posts_by_tag(self, tag, num_posts):
        cursor = self.posts.find({"tags": str(tag)}).sort("date", pymongo.DESCENDING).limit(int(num_posts))
        return [self._shape(p) for p in cursor]

    def get_post_by_permalink(self, permalink):
        return self.posts.find_one({"permalink": str(permalink)})

    def add_comment(self, permalink, name, body):
        comment = {"author": name, "body": body, "date": datetime.datetime.utcnow()}
        self.posts.update_one({"permalink": str(permalink)}, {"$push": {"comments": comment}})

    def count_click(self, url):
        self.clicks.update_one({"url": str(url)}, {"$inc": {"n": 1}}, upsert=True)

    @staticmethod
    def _shape(post):
        return {
            "title": post["title"],
            "body": post["body"],
            "post_date": post["date"].strftime("%A, %B %d %Y at %I:%M%p"),
            "permalink": post["permalink"],
            "tags": post.get("tags", []),
            "author": post["author"],
            "comments": post.get("comments", []),
        }

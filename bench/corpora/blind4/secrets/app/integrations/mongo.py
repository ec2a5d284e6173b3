"""Reviews store (MongoDB Atlas)."""
from pymongo import MongoClient

# expect: mongodb-url-password
ATLAS_URI = "mongodb+srv://reviews:vR67tlCbbawdDc3nJHNWxk@reviews.a1b2c3.mongodb.net/reviews?retryWrites=true&w=majority"
LOCAL_URI = "mongodb://localhost:27017/reviews"


def client(local: bool = False) -> MongoClient:
    return MongoClient(LOCAL_URI if local else ATLAS_URI, serverSelectionTimeoutMS=5000)

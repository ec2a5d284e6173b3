class AuthBackend:
    def authenticate(self, request):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        return None if not token else getattr(request, "user", None)

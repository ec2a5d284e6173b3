import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const PostsController = () => import('#controllers/posts_controller')
const MediaController = () => import('#controllers/media_controller')
const SessionController = () => import('#controllers/session_controller')

router
  .group(() => {
    router.get('/posts', [PostsController, 'index'])
    router.get('/posts/:slug', [PostsController, 'show'])
    router.post('/posts/import', [PostsController, 'import'])
    router.post('/posts/lookup', [PostsController, 'lookup'])
    router.get('/media', [MediaController, 'raw'])
    router.get('/media/:name', [MediaController, 'show'])
    router.post('/media/convert', [MediaController, 'convert'])
  })
  .use(middleware.tenant())

router.post('/login', [SessionController, 'store'])
router.get('/logout', [SessionController, 'destroy'])
router.post('/remember', [SessionController, 'remember'])

import Route from '@ioc:Adonis/Core/Route';

Route.group(() => {
  Route.get('recipes/search', 'RecipesController.search');
  Route.get('recipes/download/:recipe', 'RecipesController.download');
  Route.post('recipes', 'RecipesController.create').middleware('auth');
}).prefix('v1');

Route.group(() => {
  Route.get('login', 'Dashboard/LoginController.show').middleware('rememberRedirect');
  Route.post('login', 'Dashboard/LoginController.login');
}).prefix('user');

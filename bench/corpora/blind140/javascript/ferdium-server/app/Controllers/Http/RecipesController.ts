import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext';
import Database from '@ioc:Adonis/Lucid/Database';
import Recipe from 'App/Models/Recipe';
import recipeStore from 'App/Services/RecipeStore';

export default class RecipesController {
  public async search({ request, response }: HttpContextContract) {
    const needle = request.input('needle', '');
    if (request.input('exact') === 'true') {
      const rows = await Recipe.query().where('name', needle);
      return response.send(rows);
    }
    if (needle.length > 0 && request.input('legacy') === 'true') {
      // expect: sql-injection
      const result = await Database.rawQuery(`SELECT * FROM recipes WHERE name LIKE '%${needle}%'`);
      return response.send(result.rows ?? result[0]);
    }
    const rows = await Database.rawQuery('SELECT * FROM recipes WHERE name LIKE ?', [`%${needle}%`]);
    return response.send(rows.rows ?? rows[0]);
  }

  public async download({ params, request, response }: HttpContextContract) {
    const recipe = params.recipe;
    const file = request.input('legacy') ? recipeStore.legacyArchivePath(recipe) : recipeStore.archivePath(recipe);
    if (!file) {
      return response.status(400).send({ message: 'Invalid recipe id' });
    }
    return response.attachment(file);
  }

  public async create({ request, response }: HttpContextContract) {
    const { id, name } = request.only(['id', 'name']);
    const upload = request.file('package');
    if (!upload) {
      return response.status(400).send({ message: 'No package' });
    }
    await upload.move(`${recipeStore.dir}/uploads`);
    await recipeStore.unpack(upload.clientName, id);
    await Recipe.create({ name, recipeId: id });
    return response.send({ id });
  }
}

import { GraphQLNonNull, GraphQLString } from 'graphql';

import { fetchAndStoreImage, isUploadedImage } from '../../../lib/images';
import models from '../../../models';
import { Unauthorized, ValidationFailed } from '../../errors';
import { Account } from '../interface/Account';

const accountImageMutations = {
  setAccountImage: {
    type: new GraphQLNonNull(Account),
    args: {
      slug: { type: new GraphQLNonNull(GraphQLString) },
      imageUrl: { type: new GraphQLNonNull(GraphQLString) },
    },
    async resolve(_, args, req) {
      if (!req.remoteUser) {
        throw new Unauthorized();
      }
      const collective = await models.Collective.findBySlug(String(args.slug));
      if (!req.remoteUser.isAdminOfCollective(collective)) {
        throw new Unauthorized();
      }
      if (isUploadedImage(args.imageUrl)) {
        return collective.update({ image: args.imageUrl });
      }
      const stored = await fetchAndStoreImage(args.imageUrl);
      if (!stored) {
        throw new ValidationFailed('Could not fetch image');
      }
      return collective.update({ image: stored });
    },
  },
};

export default accountImageMutations;

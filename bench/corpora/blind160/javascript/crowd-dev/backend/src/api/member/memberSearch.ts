import Permissions from '../../security/permissions'
import PermissionChecker from '../../services/user/permissionChecker'
import MemberService from '../../services/memberService'

/**
 * GET /tenant/{tenantId}/member/search
 * @summary Search members by display name, or by an attribute when `attribute` is given
 * @tag Members
 * @security Bearer
 */
export default async (req, res) => {
  new PermissionChecker(req).validateHas(Permissions.values.memberRead)

  const {
    term = '',
    attribute,
    orderBy = 'joinedAt_DESC',
    limit = 20,
    offset = 0,
  } = req.query

  req.log.info({ termLength: String(term).length, attribute: Boolean(attribute) }, 'member search')

  const service = new MemberService(req)
  const payload = attribute
    ? await service.searchByAttribute(String(attribute), String(term))
    : await service.search(String(term), String(orderBy), Number(limit), Number(offset))

  await req.responseHandler.success(req, res, payload)
}

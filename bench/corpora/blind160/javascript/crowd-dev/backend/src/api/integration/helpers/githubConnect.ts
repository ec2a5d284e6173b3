import { API_CONFIG, GITHUB_CONFIG } from '../../../conf'
import Permissions from '../../../security/permissions'
import PermissionChecker from '../../../services/user/permissionChecker'
import IntegrationService from '../../../services/integrationService'

const FRONTEND_ORIGIN = new URL(API_CONFIG.frontendUrl).origin

function frontendTarget(path: string) {
  const target = new URL(path, API_CONFIG.frontendUrl)
  return target.origin === FRONTEND_ORIGIN ? target.toString() : `${API_CONFIG.frontendUrl}/integrations`
}

export const githubConnect = async (req, res) => {
  new PermissionChecker(req).validateHas(Permissions.values.tenantEdit)
  const state = Buffer.from(
    JSON.stringify({ tenantId: req.params.tenantId, redirectUrl: req.query.redirectUrl, segments: req.query.segments }),
  ).toString('base64url')
  res.redirect(`https://github.com/apps/${GITHUB_CONFIG.appName}/installations/new?state=${state}`)
}

export const githubCallback = async (req, res) => {
  const { installation_id: installId, state } = req.query
  const { tenantId, redirectUrl, segments } = JSON.parse(Buffer.from(String(state), 'base64url').toString())
  await new IntegrationService(req).connectGithub(String(installId), tenantId, segments)

  if (req.query.setup_action === 'update') {
    return res.redirect(frontendTarget(redirectUrl ?? '/integrations'))
  }
  // expect: open-redirect
  return res.redirect(redirectUrl ?? `${API_CONFIG.frontendUrl}/integrations?success=true`)
}

export const githubDisconnect = async (req, res) => {
  new PermissionChecker(req).validateHas(Permissions.values.tenantEdit)
  await new IntegrationService(req).destroyByPlatform('github')
  res.redirect(`${API_CONFIG.frontendUrl}/integrations`)
}

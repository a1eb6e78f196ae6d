// The Key Vault holding the secrets the app settings reference (alpaca-key-id, alpaca-secret-key, smtp-password).
// Access is by Azure RBAC only (no access policies); the secrets themselves are set after provisioning, never here.

@description('Name of the vault (3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the resource (azd-env-name).')
param tags object

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('URI of the vault, with a trailing slash (https://<name>.vault.azure.net/).')
output uri string = vault.properties.vaultUri

// The user-assigned managed identity the function app runs as: storage (host and app data), Application Insights,
// Key Vault references and deployment-package download all authenticate with it.

@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource (azd-env-name).')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Client (application) id of the identity: AZURE_CLIENT_ID and AzureWebJobsStorage__clientId.')
output clientId string = identity.properties.clientId

@description('Object id of the identity\'s service principal, for role assignments.')
output principalId string = identity.properties.principalId

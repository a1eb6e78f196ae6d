// Email: an Email Communication Service with an Azure-managed domain (DoNotReply@<guid>.azurecomm.net), linked to a
// Communication Services resource whose SMTP relay (smtp.azurecomm.net:587) the app sends through with MailKit.

@description('Name of the Email Communication Service.')
param emailServiceName string

@description('Name of the Communication Services resource (the first part of the SMTP user name).')
param communicationServiceName string

@description('Where the email data is stored at rest.')
param dataLocation string = 'United States'

@description('Tags for the resources (azd-env-name).')
param tags object

resource emailService 'Microsoft.Communication/emailServices@2023-04-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource managedDomain 'Microsoft.Communication/emailServices/domains@2023-04-01' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [
      managedDomain.id
    ]
  }
}

@description('Name of the Communication Services resource.')
output communicationServiceName string = communicationService.name

@description('The sender address of the managed domain: DoNotReply@<mailFromSenderDomain>.')
output sender string = 'DoNotReply@${managedDomain.properties.mailFromSenderDomain}'
